import { usePlanHistory } from './plan-history-store';

/** A file that could not be read or a snapshot that could not be used, said inside the open dialog. */
export function HistoryError() {
  const error = usePlanHistory((s) => s.error);
  if (!error) return null;
  return (
    <div className="dialog-alert history-error" role="alert">
      <p className="history-error__title">{error.title}</p>
      <p className="history-error__message">{error.message}</p>
      {error.details.length > 0 && (
        <ul className="history-error__details">
          {error.details.map((detail, i) => (
            <li key={i}>{detail}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
