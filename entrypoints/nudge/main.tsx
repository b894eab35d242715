import '../../components/base.css';
import './nudge.css';
import { render } from 'preact';
import { closeWhenOrphaned } from './closeWhenOrphaned';
import { Nudge } from './Nudge';

const root = document.getElementById('app');
const nudgeId = location.hash.slice(1);
if (root) {
  render(<Nudge nudgeId={nudgeId} />, root);
  closeWhenOrphaned(root);
}
