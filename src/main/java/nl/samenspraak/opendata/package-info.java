/**
 * Open data (C13): anyone, without an account, downloads each collaboration's processes, the published inputs
 * without personal data, their statuses and answers, the decisions and the on-time figures, as CSV and JSON under
 * the collaboration's open licence, with a data dictionary. Read only: everything comes through the other
 * modules' APIs. No other module uses this one, so it has no API of its own.
 */
package nl.samenspraak.opendata;
