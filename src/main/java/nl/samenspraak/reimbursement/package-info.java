/**
 * Reimbursements (C8): residents claim travel costs and volunteer allowances through a personal
 * link or through staff; a coordinator decides, checked against the tax-free limits per year, and
 * approved claims leave once for payment as CSV and a SEPA credit-transfer file.
 *
 * <p>No other module calls it: it has no API types, only pages and the {@code PersonalDataHolder} it
 * implements for the resident module. Everything lives in {@code internal}.
 */
package nl.samenspraak.reimbursement;
