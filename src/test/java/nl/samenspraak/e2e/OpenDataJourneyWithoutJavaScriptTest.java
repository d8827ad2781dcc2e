package nl.samenspraak.e2e;

/** The open data journey on a phone without JavaScript: the filters are a plain form, the downloads plain links. */
@BrowserTest.WithoutJavaScript
class OpenDataJourneyWithoutJavaScriptTest extends OpenDataJourneyTest {}
