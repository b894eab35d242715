import { useEffect, useState } from 'preact/hooks';
import { messageOf } from '../../../components/errors';
import { request } from '../../../utils/protocol/request';

/** Says which settings Tend found broken and set back to their defaults, until the user has seen it. */
export function ResetNotice() {
  const [names, setNames] = useState<string[] | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    request('settings/reset-notice', {})
      .then(setNames)
      .catch((reason: unknown) => setError(messageOf(reason)));
  }, []);

  async function seen() {
    try {
      await request('settings/reset-seen', {});
      setNames(null);
    } catch (reason) {
      setError(messageOf(reason));
    }
  }

  if (error) return <p role="alert">{error}</p>;
  if (!names) return null;
  return (
    <section aria-labelledby="reset-heading" class="card notice" role="alert">
      <h2 id="reset-heading">Some settings were reset</h2>
      <p>
        Tend could not read {names.length === 1 ? 'this setting' : 'these settings'} and set{' '}
        {names.length === 1 ? 'it' : 'them'} back to the default: {names.join(', ')}. Everything else is as you left it.
        Check {names.length === 1 ? 'it' : 'them'} below.
      </p>
      <button type="button" onClick={() => void seen()}>
        Got it
      </button>
    </section>
  );
}
