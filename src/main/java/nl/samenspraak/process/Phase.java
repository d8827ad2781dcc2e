package nl.samenspraak.process;

import java.time.LocalDate;

public record Phase(String name, LocalDate startsOn, LocalDate endsOn) {

    public boolean isCurrent(LocalDate today) {
        return !today.isBefore(startsOn) && !today.isAfter(endsOn);
    }
}
