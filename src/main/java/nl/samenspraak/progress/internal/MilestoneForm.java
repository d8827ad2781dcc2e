package nl.samenspraak.progress.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.samenspraak.progress.MilestoneKind;
import nl.samenspraak.progress.Milestones;
import nl.samenspraak.progress.NewMilestone;
import org.springframework.web.multipart.MultipartFile;

/** What staff typed on the milestone form, as text; {@link #check()} finds what cannot even be read. */
record MilestoneForm(String kind, String date, String title, String text, MultipartFile photo, String photoAlt) {

    static MilestoneForm empty(LocalDate today) {
        return new MilestoneForm(MilestoneKind.QUICK_WIN.name(), today.toString(), "", "", null, "");
    }

    /** Field to message key, in the order of the form; empty when the form can be handed to the domain. */
    Map<String, String> check() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (kindOrNull() == null) {
            errors.put("kind", "progress.error.kind");
        }
        if (dateOrNull() == null) {
            errors.put("date", "progress.error.date");
        }
        if (photo != null && photo.getSize() > Milestones.PHOTO_BYTES) {
            errors.put("photo", "progress.error.photoTooLarge");
        }
        return errors;
    }

    NewMilestone toNew() {
        try {
            byte[] bytes = photo == null || photo.isEmpty() ? null : photo.getBytes();
            return new NewMilestone(kindOrNull(), dateOrNull(), title, text, bytes, photoAlt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    MilestoneKind kindOrNull() {
        for (MilestoneKind k : MilestoneKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        return null;
    }

    LocalDate dateOrNull() {
        try {
            return date == null ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
