package nl.samenspraak.collaboration;

public record MemberOrganisation(String name, OrganisationType type) {

    public enum OrganisationType {
        MUNICIPALITY, GGD, CARE_PROVIDER, WELFARE, INSURER, RESIDENT_INITIATIVE, KNOWLEDGE_INSTITUTE,
        ADVISORY_FIRM, OTHER
    }
}
