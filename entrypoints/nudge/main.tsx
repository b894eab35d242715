import '../../components/base.css';
import './nudge.css';
import { render } from 'preact';
import { askEarly } from '../../components/useRequest';
import { landFocusOnCard } from './card-focus';
import { closeWhenOrphaned } from './closeWhenOrphaned';
import { Nudge } from './Nudge';
import { watchSeenByUser } from './seenByUser';

const root = document.getElementById('app');
const nudgeId = location.hash.slice(1);
// The card's plan, asked for before the card renders: asked from its first effect, it waited for a paint.
askEarly('nudge/plan', { nudgeId });
if (root) {
  render(<Nudge nudgeId={nudgeId} />, root);
  closeWhenOrphaned(root);
  watchSeenByUser(root);
  landFocusOnCard();
}
