/**
 * Steps a card opened or copied that nobody said were done: "Did it
 * happen?" Yes logs the connection, as "I did it" would have; no lets it go.
 */
import { useState } from 'preact/hooks';
import { messageOf } from '../../components/errors';
import { useNow } from '../../components/useNow';
import { useRequest } from '../../components/useRequest';
import { dayKey } from '../../utils/platform/day';
import { relativeDay } from '../../utils/platform/relative-day';
import { request } from '../../utils/protocol/request';

export function AskedLater({ onAnswered }: { onAnswered: () => void }) {
  const asks = useRequest('nudge/asked-later', {});
  const [status, setStatus] = useState('');
  const today = dayKey(useNow());

  async function answer(nudgeId: string, personName: string, happened: boolean) {
    try {
      await request('nudge/answer-asked-later', { nudgeId, happened });
      await asks.reload();
      setStatus(happened ? `Logged. ${personName}'s last contact is today.` : 'Okay. Tend will not ask again.');
      onAnswered();
    } catch (error) {
      setStatus(messageOf(error));
    }
  }

  const list = asks.state.status === 'ready' ? asks.state.value : [];
  if (list.length === 0 && status === '') return null;
  return (
    <section aria-labelledby="asked-later-heading" class="popup-asked-later">
      <h2 id="asked-later-heading">Did it happen?</h2>
      <ul>
        {list.map((ask) => (
          <li key={ask.nudgeId}>
            <p>
              Tend opened “{ask.title}” for you {relativeDay(dayKey(ask.at), today)}. Did you reach {ask.personName}?
            </p>
            <div class="button-row">
              <button type="button" onClick={() => void answer(ask.nudgeId, ask.personName, true)}>
                Yes, I did
              </button>
              <button type="button" onClick={() => void answer(ask.nudgeId, ask.personName, false)}>
                Not this time
              </button>
            </div>
          </li>
        ))}
      </ul>
      <p role="status" class="status">
        {status}
      </p>
    </section>
  );
}
