// Replaced by the guided session (issue 4) in this session's next commits.
export function SessionScreen() {
  return <h1>Session</h1>;
}
