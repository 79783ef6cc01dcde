/** Steps that run over the freshly built site before it replaces dist/ (search index, checks). */

/** Run every post-build step over the site in `dir`. */
export async function postBuildSteps(dir: string, root: string): Promise<void> {
  void dir;
  void root;
}
