import '../../components/base.css';
import './nudge.css';
import { render } from 'preact';
import { landFocusOnCard } from './card-focus';
import { closeWhenOrphaned } from './closeWhenOrphaned';
import { Nudge } from './Nudge';
import { watchSeenByUser } from './seenByUser';

const root = document.getElementById('app');
const nudgeId = location.hash.slice(1);
if (root) {
  render(<Nudge nudgeId={nudgeId} />, root);
  closeWhenOrphaned(root);
  watchSeenByUser(root);
  landFocusOnCard();
}
