/**
 * Ripple Effects Mapping (effecten in kaart, issue 13 point 5): staff run sessions in which residents and
 * professionals tell what changed because of the collaboration's processes, meetings and decisions; the effects
 * form one ripple map per collaboration, drawn on the server as an accessible SVG, listed, tabled and exported.
 * Other modules read it through {@link nl.samenspraak.ripple.RippleMaps} (no names of residents in it).
 */
package nl.samenspraak.ripple;
