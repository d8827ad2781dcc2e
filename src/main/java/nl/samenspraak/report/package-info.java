/**
 * The yearly report (jaarverslag, issue 13 point 6): what a collaboration achieved and how well participation is
 * anchored, read from the other modules' APIs, as a web page, PDF/UA and CSV. It holds no data of its own and
 * never any personal data: it is what a board member (role BOARD) reads. {@link nl.samenspraak.report.YearlyReports}
 * is its API.
 */
package nl.samenspraak.report;
