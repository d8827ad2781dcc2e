package nl.samenspraak.meeting.internal;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.collaboration.MemberOrganisation.OrganisationType;
import nl.samenspraak.platform.DemoContributor;
import nl.samenspraak.platform.DemoOnly;
import nl.samenspraak.process.Processes;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.Participations;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.Residents;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo meetings: every collaboration gets a venue and an upcoming meeting; texel, heerenveen and
 * mijnstreek also get a sounding-board series with its history, a full meeting with a waiting
 * list and people who registered in different ways. People and addresses are invented.
 */
@Component
@DemoOnly
@Order(10)
class MeetingDemo implements DemoContributor {

    static final Set<String> RICH = Set.of("texel", "heerenveen", "mijnstreek");

    /** A community centre (step-free, hearing loop) and a village hall (steps, no loop) per collaboration. */
    record Place(String town, String centre, String centreAddress, String hall, String hallAddress) {}

    static final Map<String, Place> PLACES = Map.ofEntries(
            Map.entry("texel", new Place("Den Burg", "Buurthuis De Linde", "Lindelaan 4, 1791 AB Den Burg",
                    "Dorpshuis De Zeester", "Kerkstraat 11, 1796 AC De Koog")),
            Map.entry("heerenveen", new Place("Heerenveen", "Wijkcentrum It Haske", "Haskerweg 20, 8441 AH Heerenveen",
                    "Dorpshuis De Stelp", "Tsjerkepaed 3, 8454 KL Mildam")),
            Map.entry("mijnstreek", new Place("Geleen", "Gemeenschapshuis De Koumen", "Koumenplein 2, 6163 AA Geleen",
                    "Zaal Oos Heim", "Kerkplein 7, 6419 BC Heerlen")),
            Map.entry("achterveld", new Place("Achterveld", "Dorpshuis De Hof", "Hof 1, 3791 AA Achterveld", null, null)),
            Map.entry("amby", new Place("Amby", "Buurtcentrum Amby", "Ambyerstraat 30, 6225 AA Maastricht", null, null)),
            Map.entry("drenthe", new Place("Assen", "Ontmoetingscentrum De Brink", "Brink 5, 9401 HS Assen", null, null)),
            Map.entry("flevoland", new Place("Lelystad", "Wijkcentrum Het Hof", "Hofplein 8, 8232 AA Lelystad", null, null)),
            Map.entry("groningen", new Place("Groningen", "Buurthuis De Wijert", "Wijertweg 12, 9722 AA Groningen", null, null)),
            Map.entry("midden-ijssel", new Place("Raalte", "Ontmoetingshuis De Zegge", "Zegge 2, 8102 AA Raalte", null, null)),
            Map.entry("noord-nederland", new Place("Drachten", "Wijkcentrum De Trisken", "Trisken 6, 9201 AA Drachten", null, null)),
            Map.entry("oegstgeest", new Place("Oegstgeest", "Het Trefpunt", "Lijtweg 9, 2341 HA Oegstgeest", null, null)),
            Map.entry("twente", new Place("Borne", "Noaberhuus", "Marktstraat 3, 7622 AA Borne", null, null)),
            Map.entry("veenkolonien", new Place("Veendam", "Dorpshuis Het Bolwerk", "Bolwerk 4, 9641 AA Veendam", null, null)),
            Map.entry("zoetermeer", new Place("Zoetermeer", "Wijkcentrum De Jonge Ooievaar", "Ooievaarlaan 10, 2711 AA Zoetermeer",
                    null, null)));

    /** Invented residents per rich collaboration: the first six form the sounding-board group. */
    static final Map<String, List<String>> PEOPLE = Map.of(
            "texel", List.of("Jannie Bakker", "Cor Witte", "Trijntje Eelman", "Piet Kikkert", "Anouk de Graaf", "Sem Dros",
                    "Willem Zijm", "Greet Keijser", "Ahmed El Amrani", "Renske Huisman"),
            "heerenveen", List.of("Sjoukje de Boer", "Hendrik Visser", "Geertje Hoekstra", "Jelle Bosma", "Tamara Dijkstra",
                    "Rients Wiersma", "Aaltje Terpstra", "Yusuf Kaya", "Baukje van der Meer", "Douwe Sikkema"),
            "mijnstreek", List.of("Mia Hermans", "Jo Ramakers", "Lieske Wetzels", "Sjef Vroemen", "Nathalie Custers",
                    "Kevin Janssen", "Truus Frijns", "Marek Kowalski", "Fatima Amrani", "Huub Vliegen"));

    private static final List<String> MINUTES = List.of(
            "We spraken over de wachttijd bij de huisarts. Drie leden vertelden over hun eigen ervaring. Afspraak: de "
                    + "coördinator vraagt de huisartsen om een reactie voor de volgende keer.",
            "De huisartsen stuurden een reactie. Die lazen we samen. Veel mensen weten niet dat er een avondspreekuur is. "
                    + "Afspraak: we maken samen een korte tekst voor de dorpskrant.",
            "De tekst voor de dorpskrant is klaar. Twee leden lezen hem nog na. We spraken ook over vervoer naar het "
                    + "ziekenhuis. Dat komt de volgende keer terug.",
            "Over vervoer naar het ziekenhuis: de buurtbus rijdt niet op zaterdag. Dat is lastig voor bezoek. "
                    + "Afspraak: de coördinator zet dit in het advies.",
            "We keken terug op het halve jaar. De groep wil doorgaan. Nieuwe leden zijn welkom; vooral jongere "
                    + "inwoners en mantelzorgers missen nog.",
            "We lazen het conceptadvies over zorg dicht bij huis. De groep mist nog iets over de avonden en "
                    + "weekenden. Afspraak: twee leden schrijven daar een stukje over.");

    private final Venues venues;
    private final MeetingSeries series;
    private final Meetings meetings;
    private final Registrations registrations;
    private final MeetingChanges changes;
    private final MeetingInputs inputs;
    private final Residents residents;
    private final Participations participations;
    private final Processes processes;
    private final Collaborations collaborations;
    private final JdbcClient jdbc;

    MeetingDemo(Venues venues, MeetingSeries series, Meetings meetings, Registrations registrations,
                MeetingChanges changes, MeetingInputs inputs, Residents residents, Participations participations,
                Processes processes, Collaborations collaborations, JdbcClient jdbc) {
        this.venues = venues;
        this.series = series;
        this.meetings = meetings;
        this.registrations = registrations;
        this.changes = changes;
        this.inputs = inputs;
        this.residents = residents;
        this.participations = participations;
        this.processes = processes;
        this.collaborations = collaborations;
        this.jdbc = jdbc;
    }

    @Override
    public void contribute(DemoCollaboration demo) {
        Place place = PLACES.getOrDefault(demo.slug(), new Place(demo.name(), "Ontmoetingscentrum",
                "Marktplein 1, " + demo.name(), null, null));
        UUID centre = venue(demo, place.centre(), place.centreAddress(), true,
                "De zaal is op de begane grond. Er is een ringleiding; zet uw hoortoestel op de T-stand.");
        UUID firstProcess = demo.processIds().isEmpty() ? null : demo.processIds().getFirst();
        String processTitle = firstProcess == null ? demo.name()
                : processes.find(demo.collaborationId(), firstProcess).map(p -> p.title()).orElse(demo.name());
        UUID upcoming = meeting(demo, "Praat mee: " + processTitle,
                "We vertellen wat we tot nu toe hoorden. Daarna horen we graag wat u ervan vindt. U hoeft niets voor "
                        + "te bereiden. Er is koffie en thee.", firstProcess, null, centre, demo.today().plusDays(12),
                "19:30", "21:30", 30);
        if (!RICH.contains(demo.slug()) || place.hall() == null) {
            return;
        }
        UUID hall = venue(demo, place.hall(), place.hallAddress(), false,
                "Bij de ingang zijn drie treden. Er is geen lift en geen ringleiding. Wel parkeren voor de deur.");
        List<UUID> people = people(demo, place);
        soundingBoard(demo, centre, firstProcess, people);
        registerForUpcoming(demo, upcoming, people);
        fullMeeting(demo, hall, demo.processIds().size() > 1 ? demo.processIds().get(1) : firstProcess, people);
    }

    private UUID venue(DemoCollaboration demo, String name, String address, boolean accessible, String notes) {
        VenueForm form = new VenueForm();
        form.setName(name);
        form.setAddress(address);
        form.setStepFree(accessible);
        form.setAccessibleToilet(accessible);
        form.setHearingLoop(accessible);
        form.setPublicTransport(accessible);
        form.setParking(true);
        form.setNotes(notes);
        return venues.create(demo.collaborationId(), form, demo.coordinatorEmail());
    }

    private UUID meeting(DemoCollaboration demo, String title, String about, UUID processId, UUID seriesId, UUID venueId,
                         LocalDate date, String start, String end, int capacity) {
        MeetingForm form = new MeetingForm();
        form.setTitle(title.length() > 200 ? title.substring(0, 200) : title);
        form.setAbout(about);
        form.setProcessId(processId == null ? "" : processId.toString());
        form.setSeriesId(seriesId == null ? "" : seriesId.toString());
        form.setVenueId(venueId.toString());
        form.setDate(date.toString());
        form.setStartTime(start);
        form.setEndTime(end);
        form.setCapacity(String.valueOf(capacity));
        return meetings.create(demo.collaborationId(), form, demo.coordinatorEmail());
    }

    /** Ten residents; most by e-mail, one by letter and one by phone, as the pool of a small place looks. */
    private List<UUID> people(DemoCollaboration demo, Place place) {
        List<UUID> ids = new ArrayList<>();
        List<String> names = PEOPLE.get(demo.slug());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            ResidentDetails details = switch (i % 5) {
                case 3 -> new ResidentDetails(name, null, null, "Dorpsstraat " + (10 + i) + ", " + place.town(),
                        ContactChannel.POST, "nl");
                case 4 -> new ResidentDetails(name, null, "06 0000 00" + (10 + i), null, ContactChannel.PHONE, "nl");
                default -> new ResidentDetails(name, email(name), null, null, ContactChannel.EMAIL, "nl");
            };
            ids.add(residents.register(demo.collaborationId(), details));
        }
        return ids;
    }

    static String email(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.org";
    }

    /**
     * The group meets on the second Tuesday of the month: five or six times so far, and once more
     * soon. Registrations for past meetings cannot go through the service (it closes at the start),
     * so those few rows are written as the module's tests do; attendance and minutes then go
     * through the service again.
     */
    private void soundingBoard(DemoCollaboration demo, UUID venue, UUID processId, List<UUID> people) {
        List<LocalDate> held = new ArrayList<>();
        // Three years of monthly meetings, so the continuity of the series has a trend over twelve quarters.
        for (int back = HISTORY_MONTHS; back >= 0; back--) {
            LocalDate day = secondTuesday(demo.today().minusMonths(back));
            // No meeting in July: the summer break, which is why eleven a year are planned.
            if (day.isBefore(demo.today()) && day.getMonth() != java.time.Month.JULY) {
                held.add(day);
            }
        }
        SeriesForm form = new SeriesForm();
        form.setName("Klankbordgroep");
        form.setPurpose("Een vaste groep inwoners denkt elke maand mee over zorg en welzijn. Zij zeggen wat zij horen "
                + "in hun buurt en lezen mee met plannen voordat die vastliggen.");
        form.setCadence(Series.Cadence.MONTHLY.name());
        form.setPlannedPerYear("11");
        form.setStartsOn(held.getFirst().withDayOfMonth(1).toString());
        UUID seriesId = series.create(demo.collaborationId(), form, demo.coordinatorEmail());
        List<UUID> group = people.subList(0, 6);
        for (int i = 0; i < held.size(); i++) {
            boolean latest = i == held.size() - 1;
            UUID pastProcess = i >= held.size() - 2 ? processId : null;
            UUID meetingId = earlierMeeting(demo, "Klankbordgroep", "Vaste bijeenkomst van de klankbordgroep.", pastProcess,
                    seriesId, venue, held.get(i));
            List<UUID> registered = new ArrayList<>();
            for (UUID resident : group) {
                registered.add(pastRegistration(demo, meetingId, seriesId, pastProcess, resident, held.get(i)));
            }
            // Not everyone comes every time: one or two stay away, and sometimes someone brings a neighbour.
            Set<UUID> came = Set.copyOf(registered.subList(0, 5 - i % 2));
            changes.recordAttendance(demo.collaborationId(), meetingId, came, String.valueOf(i % 3),
                    demo.coordinatorEmail());
            if (i >= held.size() - MINUTES_KEPT) {
                // Minutes are on the platform for the last half year; older ones were kept elsewhere.
                meetings.saveMinutes(demo.collaborationId(), meetingId, MINUTES.get(i % MINUTES.size()),
                        demo.coordinatorEmail());
            }
            if (latest && processId != null) {
                Meeting meeting = meetings.find(demo.collaborationId(), meetingId).orElseThrow();
                inputs.capture(meeting, "Kan de praktijkondersteuner ook een vaste ochtend in ons dorp zitten? Nu "
                        + "moeten ouderen daarvoor met de bus naar " + PLACES.get(demo.slug()).town() + ".", true,
                        registered.getFirst(), true, demo.coordinatorId());
            }
        }
        LocalDate nextDay = secondTuesday(demo.today());
        UUID next = meeting(demo, "Klankbordgroep", "Vaste bijeenkomst van de klankbordgroep. Op de agenda: het advies "
                + "over zorg dicht bij huis.", null, seriesId, venue,
                nextDay.isAfter(demo.today()) ? nextDay : secondTuesday(demo.today().plusMonths(1)), "14:00", "16:00", 12);
        for (UUID resident : group.subList(0, 4)) {
            registrations.register(demo.collaborationId(), next, new NewRegistration(resident, null, List.of(), null,
                    false, "STAFF", null, demo.coordinatorId(), demo.coordinatorEmail()));
        }
    }

    /**
     * A past meeting of the series. Staff cannot plan a meeting more than two years back, so an older one of the
     * demo's history is made for a day within reach and then moved to its own day (as the module's tests do).
     */
    private UUID earlierMeeting(DemoCollaboration demo, String title, String about, UUID processId, UUID seriesId,
                                UUID venueId, LocalDate day) {
        LocalDate reachable = demo.today().minusYears(2).plusDays(1);
        if (!day.isBefore(reachable)) {
            return meeting(demo, title, about, processId, seriesId, venueId, day, "14:00", "16:00", 12);
        }
        UUID id = meeting(demo, title, about, processId, seriesId, venueId, reachable, "14:00", "16:00", 12);
        jdbc.sql("""
                UPDATE meeting SET starts_at = starts_at - make_interval(days => :days),
                    ends_at = ends_at - make_interval(days => :days)
                WHERE id = :id AND collaboration_id = :c
                """)
                .param("days", (int) java.time.temporal.ChronoUnit.DAYS.between(day, reachable))
                .param("id", id).param("c", demo.collaborationId())
                .update();
        return id;
    }

    /** How many months back the sounding board's history goes, and for how many of the latest meetings minutes exist. */
    static final int HISTORY_MONTHS = 35;
    static final int MINUTES_KEPT = 6;

    private static LocalDate secondTuesday(LocalDate inMonth) {
        return inMonth.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
    }

    private UUID pastRegistration(DemoCollaboration demo, UUID meetingId, UUID seriesId, UUID processId, UUID resident,
                                  LocalDate day) {
        UUID id = UUID.randomUUID();
        Timestamp at = Timestamp.from(day.minusDays(7).atTime(10, 0).atZone(Meeting.ZONE).toInstant());
        jdbc.sql("""
                INSERT INTO meeting_registration (id, collaboration_id, meeting_id, resident_id, status, channel,
                    registered_by, registered_at, placed_at)
                VALUES (:id, :c, :m, :r, 'REGISTERED', 'STAFF', :by, :at, :at)
                """)
                .param("id", id).param("c", demo.collaborationId()).param("m", meetingId).param("r", resident)
                .param("by", demo.coordinatorId()).param("at", at)
                .update();
        // On the day they registered, so reach and retention per quarter follow the group's real history.
        participations.recordEarlier(demo.collaborationId(), resident, new Participations.Participation(
                Participations.Kind.MEETING, processId, seriesId, meetingId, "STAFF", null), at.toInstant());
        return id;
    }

    /** New people through four channels, two of them with something the organisers need to arrange. */
    private void registerForUpcoming(DemoCollaboration demo, UUID meetingId, List<UUID> people) {
        UUID welfare = collaborations.registeredOrganisations(demo.collaborationId()).stream()
                .filter(o -> o.type() == OrganisationType.WELFARE).map(o -> o.id()).findFirst().orElse(null);
        registrations.register(demo.collaborationId(), meetingId, new NewRegistration(people.get(6), null, List.of(),
                null, false, Registration.ONLINE, null, null, null));
        registrations.register(demo.collaborationId(), meetingId, new NewRegistration(people.get(8), null,
                List.of(Registration.Need.INTERPRETER), "Spreekt beter Arabisch dan Nederlands. Zijn dochter komt mee "
                        + "om te tolken.", true, "DOOR_TO_DOOR", welfare, demo.coordinatorId(), demo.coordinatorEmail()));
        registrations.register(demo.collaborationId(), meetingId, new NewRegistration(people.get(3), null,
                List.of(Registration.Need.ACCESSIBILITY), "Komt met een rollator.", true, "PAPER", null,
                demo.coordinatorId(), demo.coordinatorEmail()));
        registrations.register(demo.collaborationId(), meetingId, new NewRegistration(people.get(9), null,
                List.of(Registration.Need.TRANSPORT), "Rijdt zelf geen auto meer. Graag een rit met de buurtbus.", true,
                "PHONE", null, demo.coordinatorId(), demo.coordinatorEmail()));
    }

    /** A kitchen-table evening for four: six want to come, so two wait for a place. */
    private void fullMeeting(DemoCollaboration demo, UUID venue, UUID processId, List<UUID> people) {
        UUID meetingId = meeting(demo, "Verhalentafel: hoe gaat het echt met u?", "Een klein gesprek aan tafel met "
                + "vier inwoners en een gespreksleider. We luisteren naar uw verhaal. Er is plaats voor vier mensen.",
                processId, null, venue, demo.today().plusDays(9), "10:00", "12:00", 4);
        for (int i : new int[] {1, 2, 5, 7, 0, 4}) {
            boolean self = i % 2 == 1;
            registrations.register(demo.collaborationId(), meetingId, new NewRegistration(people.get(i), null, List.of(),
                    null, false, self ? Registration.ONLINE : "STAFF", null, self ? null : demo.coordinatorId(),
                    self ? null : demo.coordinatorEmail()));
        }
    }
}
