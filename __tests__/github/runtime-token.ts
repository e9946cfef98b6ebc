/** An unsigned JWT shaped like the runner's ACTIONS_RUNTIME_TOKEN (the artifact client reads its scp claim). */
export function runtimeToken(runId = 'run-1', jobId = 'job-1'): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: `Actions.GenericRead Actions.Results:${runId}:${jobId}` })}.sig`;
}
