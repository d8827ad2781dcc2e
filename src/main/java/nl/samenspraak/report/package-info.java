/**
 * The yearly report (jaarverslag, issue 13 point 6): what a collaboration achieved and how well participation is
 * anchored, read from the other modules' APIs, as a web page, PDF/UA and CSV. It holds no data of its own and
 * never any personal data: it is what a board member (role BOARD) reads. {@link nl.samenspraak.report.YearlyReports}
 * is its API.
 * No @ApplicationModuleTest because the report reads nearly every module (feedback, selfscan, account and the
 * issue-13 modules), so ALL_DEPENDENCIES would start the whole application again beside the shared test context;
 * YearlyReportTest runs its use cases in that shared context instead.
 */
package nl.samenspraak.report;
