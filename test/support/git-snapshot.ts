// A local bare git repository holding this repository's history and one
// commit of its working tree as it stands (HEAD when nothing is uncommitted),
// for tests that clone or install the package from git as a maintainer or a
// user would. Nothing in this repository changes: the snapshot commit is made
// with a temporary index and reaches no branch here.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot, temporaryFolder } from "./pack";

export interface GitSnapshot {
  /** Absolute path of the bare repository. */
  bare: string;
  /** The commit holding the working tree's files (its branch `main` points at it). */
  commit: string;
}

const git = (args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) =>
  execFileSync("git", args, { cwd, env, encoding: "utf8", stdio: "pipe" }).trim();

/**
 * The working tree's tracked and untracked (not ignored) files as a commit:
 * HEAD itself when nothing differs from it.
 */
function snapshotCommit(): string {
  const head = git(["rev-parse", "HEAD"], repoRoot);
  if (git(["status", "--porcelain"], repoRoot) === "") return head;
  const env = {
    ...process.env,
    GIT_INDEX_FILE: join(temporaryFolder("index"), "index"),
    GIT_AUTHOR_NAME: "test",
    GIT_AUTHOR_EMAIL: "test@localhost",
    GIT_COMMITTER_NAME: "test",
    GIT_COMMITTER_EMAIL: "test@localhost",
  };
  git(["read-tree", "HEAD"], repoRoot, env);
  git(["add", "--all"], repoRoot, env);
  const tree = git(["write-tree"], repoRoot, env);
  return git(["commit-tree", tree, "-p", head, "-m", "working tree snapshot"], repoRoot, env);
}

/** Makes a new bare repository whose `main` is the snapshot commit. */
export function bareRepositoryOfWorkingTree(): GitSnapshot {
  const commit = snapshotCommit();
  const bare = join(temporaryFolder("git"), "package.git");
  git(["init", "--quiet", "--bare", bare], repoRoot);
  git(["push", "--quiet", bare, `${commit}:refs/heads/main`], repoRoot);
  git(["symbolic-ref", "HEAD", "refs/heads/main"], bare);
  return { bare, commit };
}
