/**
 * On a pull request the checkout must be the pull request's head (or GitHub's merge commit of it): with
 * `pull_request_target` actions/checkout checks out the base by default, and every changed model would then
 * look unchanged. A mismatch stops the run with exit 2 and says how to check out the head.
 */
import { GateError } from '../errors.js';
import { headCommit } from './git.js';

export async function checkPullRequestCheckout(workspace: string, headSha: string, eventName: string): Promise<void> {
  const head = await headCommit(workspace);
  if (!head) {
    throw new GateError('usage', `the workspace ${workspace} is not a git checkout`, {}, 'Run actions/checkout before this action.');
  }
  // GitHub's merge commit (refs/pull/N/merge) has the pull request's head as its second parent
  if (head.sha === headSha || (head.parents.length === 2 && head.parents[1] === headSha)) return;
  const target = eventName === 'pull_request_target' ? ' (pull_request_target checks out the base branch by default)' : '';
  throw new GateError(
    'usage',
    `the checkout is ${head.sha.slice(0, 7)}, not the pull request's head ${headSha.slice(0, 7)} or its merge commit${target}`,
    {},
    'Check out the head: `uses: actions/checkout@v4` with `ref: ${{ github.event.pull_request.head.sha }}` — and read the safe pattern for pull_request_target in docs/action.md first.',
  );
}
