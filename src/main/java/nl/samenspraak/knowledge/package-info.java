/**
 * The knowledge base: handvatten, working elements, anchoring strategies, the participation
 * ladder, methods (werkvormen) and practice examples from the seeds, searchable in Dutch and
 * English, plus the lessons collaborations add themselves. Other modules ask it for
 * suggestions through {@link nl.samenspraak.knowledge.KnowledgeBase} (with {@link nl.samenspraak.knowledge.Theme}
 * and {@link nl.samenspraak.knowledge.KnowledgeSuggestion}); everything else is internal.
 */
package nl.samenspraak.knowledge;
