package nl.samenspraak.vision.internal;

import java.util.List;
import nl.samenspraak.vision.VisionVersion;

/** A published version with the people who contributed to it, for the public and staff pages. */
record PublishedVersion(VisionVersion version, List<Contributor> contributors) {

    public int number() {
        return version.number();
    }

    public List<Contributor> residents() {
        return contributors.stream().filter(Contributor::resident).toList();
    }

    public List<Contributor> professionals() {
        return contributors.stream().filter(c -> !c.resident()).toList();
    }
}
