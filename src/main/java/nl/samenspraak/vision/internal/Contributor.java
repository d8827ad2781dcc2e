package nl.samenspraak.vision.internal;

/**
 * Someone who contributed to a version as shown in public: a resident by the first name they chose or, when
 * {@code name} is null, as "een inwoner"; a professional by name and organisation.
 */
record Contributor(boolean resident, String name, String organisation) {}
