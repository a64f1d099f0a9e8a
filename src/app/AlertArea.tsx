import { MessageText } from '../shared/text/MessageText.tsx';

/** The role="alert" region: errors the reader must see and act on, each with what to do. */
export function AlertArea({ messages }: { messages: ReadonlyArray<string | null> }) {
  return (
    <div role="alert" className="empty:hidden">
      {messages
        .filter((m): m is string => m !== null)
        .map((m) => (
          <p
            key={m}
            className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm break-words text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-50"
          >
            <MessageText text={m} />
          </p>
        ))}
    </div>
  );
}
