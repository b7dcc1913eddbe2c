/**
 * The "report an error" link: the address set in `content/corrections.json`, with the page and a subject filled in,
 * so a reader's message says which text it is about. A `mailto:` address gets `subject` and `body`; an `https:`
 * issue form gets `title` and `body` (the parameters GitHub and GitLab issue forms read).
 */
export function errorReportHref(reportErrorsTo: string, subject: string, pageUrl: string): string {
  const body = `${pageUrl}\n\n`;
  if (reportErrorsTo.startsWith('mailto:')) {
    return `${reportErrorsTo}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }
  const url = new URL(reportErrorsTo);
  url.searchParams.set('title', subject);
  url.searchParams.set('body', body);
  return url.href;
}

/** The web page of a file at a commit in a GitHub repository. */
export function repositoryFileUrl(repository: string, commit: string, path: string): string {
  return `https://github.com/${repository}/blob/${commit}/${path.split('/').map(encodeURIComponent).join('/')}`;
}
