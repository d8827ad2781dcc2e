package nl.samenspraak.input.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import java.util.UUID;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.input.ProcessPageContributor;
import nl.samenspraak.input.Moderation;
import nl.samenspraak.input.ModerationReason;
import nl.samenspraak.platform.Ids;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.process.Phase;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Gathers everything the public process page shows, for the first visit and for the
 * form shown again with its errors: both must show the same page.
 */
@Component
class PublicProcessPage {

    static final String VIEW = "input/process";
    static final int PAGE_SIZE = 20;

    enum PhaseState { DONE, CURRENT, LATER }

    record PhaseRow(Phase phase, PhaseState state) {}

    private final Processes processes;
    private final Collaborations collaborations;
    private final StaffAccounts staff;
    private final InputViews views;
    private final MessageSource messages;
    private final List<ProcessPageContributor> contributors;

    PublicProcessPage(Processes processes, Collaborations collaborations, StaffAccounts staff, InputViews views,
                      MessageSource messages, org.springframework.beans.factory.ObjectProvider<ProcessPageContributor> contributors) {
        this.contributors = contributors.orderedStream().toList();
        this.processes = processes;
        this.collaborations = collaborations;
        this.staff = staff;
        this.views = views;
        this.messages = messages;
    }

    /** The process behind a path segment; anything that is not a known process id is simply not found. */
    Process process(String id) {
        return Ids.parseUuid(id).flatMap(processes::findPublic).orElseThrow(NotFoundException::new);
    }

    void fill(Model model, Process process, Long before, ParticipationForm form, Map<String, String> errorKeys,
              Locale locale) {
        Collaboration collaboration = collaborations.findById(process.collaborationId()).orElseThrow(NotFoundException::new);
        LocalDate today = views.today();
        List<PhaseRow> phases = process.phases().stream()
                .map(p -> new PhaseRow(p, p.isCurrent(today) ? PhaseState.CURRENT
                        : p.endsOn().isBefore(today) ? PhaseState.DONE : PhaseState.LATER))
                .toList();
        InputViews.Speed speed = views.speedOfProcess(process.id());
        model.addAttribute("process", process);
        model.addAttribute("collaboration", collaboration);
        model.addAttribute("contact", staff.coordinatorOf(collaboration.id()).orElse(null));
        model.addAttribute("phases", phases);
        model.addAttribute("inputs", publicRows(process.id(), before, locale));
        model.addAttribute("before", before);
        model.addAttribute("speed", speed);
        model.addAttribute("medianDays", speed.medianDays() == null ? null : Math.round(speed.medianDays()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errorTexts(errorKeys, locale));
        List<ProcessPageContributor.Contribution> contributions = contributors.stream()
                .flatMap(c -> c.contribute(process, locale).stream()).toList();
        model.addAttribute("contributions", contributions);
        model.addAttribute("alternates", contributions.stream().flatMap(c -> c.alternates().stream()).toList());
    }

    /**
     * A published input as the page shows it: {@code text} has every hidden part replaced by a
     * marker, and is null with {@code hidden} set when the whole input is hidden.
     */
    record PublicRow(Input input, String text, Moderation.Hiding hidden, List<ModerationReason> partsHiddenFor) {}

    /** One page of published inputs; hidden ones stay in place as a notice. */
    InputViews.Page<PublicRow> publicRows(UUID processId, Long before, Locale locale) {
        InputViews.Page<InputViews.PublicInput> page = views.publicPage(processId, before, PAGE_SIZE);
        return new InputViews.Page<>(page.items().stream().map(each -> {
            Moderation moderation = each.moderation();
            return new PublicRow(each.input(), moderation.publicText(reason -> marker(reason, locale)).orElse(null),
                    moderation.wholeHidden().orElse(null),
                    moderation.parts().stream().map(Moderation.Hiding::reason).distinct().toList());
        }).toList(), page.nextBefore());
    }

    /** "[verborgen: persoonsgegevens]": what the public reads in place of a hidden part. */
    String marker(ModerationReason reason, Locale locale) {
        return messages.getMessage("participate.hidden.marker",
                new Object[] {messages.getMessage("participate.hidden.markerReason." + reason.name(), null, locale)}, locale);
    }

    /** Field to message text, in the order of the form. */
    Map<String, String> errorTexts(Map<String, String> errorKeys, Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String field : List.of("text", "publish", "name", "contactBy", "email", "postalAddress", "phone", "consent")) {
            if (errorKeys.containsKey(field)) {
                texts.put(field, message(errorKeys.get(field), locale));
            }
        }
        errorKeys.forEach((field, key) -> texts.putIfAbsent(field, message(key, locale)));
        return texts;
    }

    /**
     * Residents get this page's own wording of an intake rule ({@code participate.error.*});
     * the intake's text is the fallback for a rule this page does not know yet.
     */
    private String message(String key, Locale locale) {
        String own = key.startsWith("input.error.") ? "participate.error." + key.substring("input.error.".length()) : key;
        String text = messages.getMessage(own, null, null, locale);
        if (text == null) {
            text = messages.getMessage(key, null, null, locale);
        }
        return text != null ? text : messages.getMessage("participate.error.general", null, locale);
    }
}
