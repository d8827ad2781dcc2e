package nl.samenspraak.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CollaborationTest {

    private final Collaboration texel = new Collaboration(UUID.randomUUID(), "samen-gezond-texel", "Samen Gezond Texel",
            "Texel", "Gezond oud worden.", List.of("ouderen"));

    @Test
    void profileChangeKeepsTheSlugPeopleHaveBookmarked() {
        Collaboration changed = texel.withProfile("Samen Gezond Den Burg", "Den Burg", "Nieuw.", List.of("jongeren"));

        assertThat(changed.slug()).isEqualTo("samen-gezond-texel");
        assertThat(changed.id()).isEqualTo(texel.id());
        assertThat(changed.name()).isEqualTo("Samen Gezond Den Burg");
        assertThat(changed.targetGroups()).containsExactly("jongeren");
    }

    @Test
    void missingDescriptionIsStoredAsEmptyText() {
        assertThat(texel.withProfile("Naam", "Regio", null, null).description()).isEmpty();
        assertThat(texel.withProfile("Naam", "Regio", null, null).targetGroups()).isEmpty();
    }

    @Test
    void targetGroupsAreListedOnceEachWithoutBlanksInTheOrderTyped() {
        assertThat(Collaboration.targetGroupsFrom("ouderen, mantelzorgers,, ouderen , jongeren"))
                .containsExactly("ouderen", "mantelzorgers", "jongeren");
        assertThat(Collaboration.targetGroupsFrom(" , ")).isEmpty();
    }

    @Test
    void collaborationIdNeedsAValue() {
        assertThatNullPointerException().isThrownBy(() -> new CollaborationId(null));
        assertThat(texel.collaborationId()).isEqualTo(new CollaborationId(texel.id()));
    }
}
