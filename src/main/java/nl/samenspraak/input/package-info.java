/**
 * Input (inbreng) from every channel, its follow code, and the answer every input
 * gets before its deadline (status and written answer), with the public views of both.
 */
package nl.samenspraak.input;
