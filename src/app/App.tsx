export function App() {
  return (
    <main className="mx-auto max-w-3xl p-4">
      <h1 className="text-2xl font-semibold">Thread Explorer</h1>
    </main>
  );
}
