package nl.samenspraak.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.samenspraak.input.Salutations;
import org.junit.jupiter.api.Test;

/** The demo keeps the promise of its own pages: residents' names are never shown in public. */
class DemoNamesTest {

    @Test
    void noPublishedDemoInputOrItsPublicAnswerNamesItsAuthor() {
        List<String> named = new ArrayList<>();
        int checked = 0;
        for (var collaboration : DemoContent.read().collaborations()) {
            for (var process : collaboration.processes()) {
                for (var input : process.inputs()) {
                    if (!input.publish() || input.author() == null || input.author().name() == null) {
                        continue;
                    }
                    checked++;
                    String name = input.author().name();
                    if (Salutations.mentionsName(input.text(), name)) {
                        named.add(name + " in the input: " + input.text());
                    }
                    if (input.answer() != null && Salutations.mentionsName(Salutations.strip(input.answer().text()), name)) {
                        named.add(name + " in the public answer: " + Salutations.strip(input.answer().text()));
                    }
                }
            }
        }
        assertThat(checked).as("published demo inputs with a named author").isGreaterThan(20);
        assertThat(named).isEmpty();
    }
}
