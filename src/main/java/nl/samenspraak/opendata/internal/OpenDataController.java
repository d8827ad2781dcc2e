package nl.samenspraak.opendata.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.collaboration.OpenDataLicence;
import nl.samenspraak.feedback.DecisionState;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.platform.Ids;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.process.ParticipationLevel;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Open data for anyone, without an account: the page that lists the downloads per collaboration and process,
 * the data dictionary, and the downloads themselves as JSON and CSV. An unknown process or collaboration
 * answers 404 before anything is written.
 */
@Controller
class OpenDataController {

    static final String VIEW = "opendata/open-data";
    static final String DICTIONARY_VIEW = "opendata/dictionary";
    /** The most processes the overview lists; each collaboration's processes file has them all. */
    static final int PROCESSES_LISTED = 1000;
    private static final String CACHE = CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic()
            .getHeaderValue();

    /** One collaboration on the overview, with its licence and processes (newest first). */
    record CollaborationDownloads(Collaboration collaboration, OpenDataLicence licence, List<Process> processes) {}

    /** One download in the data dictionary: its name and its fields. */
    record DatasetFields(String name, List<String> fields) {}

    private final OpenDataExport export;
    private final Collaborations collaborations;
    private final Processes processes;

    OpenDataController(OpenDataExport export, Collaborations collaborations, Processes processes) {
        this.export = export;
        this.collaborations = collaborations;
        this.processes = processes;
    }

    /** Three queries for processes and collaborations, whatever their number. */
    @GetMapping("/open-data")
    String showOpenData(Model model) {
        List<Collaboration> all = collaborations.all();
        Map<UUID, OpenDataLicence> licences = collaborations.licences();
        Map<UUID, List<Process>> byCollaboration = new LinkedHashMap<>();
        for (Process p : processes.search(null, null, null, PROCESSES_LISTED)) {
            byCollaboration.computeIfAbsent(p.collaborationId(), k -> new ArrayList<>()).add(p);
        }
        // The collaboration with the newest process first (what just started is at the top), then the others.
        List<Collaboration> ordered = new ArrayList<>();
        Map<UUID, Collaboration> byId = new LinkedHashMap<>();
        all.forEach(c -> byId.put(c.id(), c));
        byCollaboration.keySet().stream().map(byId::get).filter(java.util.Objects::nonNull).forEach(ordered::add);
        all.stream().filter(c -> !byCollaboration.containsKey(c.id())).forEach(ordered::add);
        model.addAttribute("collaborations", ordered.stream()
                .map(c -> new CollaborationDownloads(c, licences.getOrDefault(c.id(), OpenDataLicence.DEFAULT),
                        byCollaboration.getOrDefault(c.id(), List.of())))
                .toList());
        return VIEW;
    }

    @GetMapping("/open-data/woordenlijst")
    String showDictionary(Model model) {
        model.addAttribute("head", OpenDataExport.HEAD_FIELDS);
        model.addAttribute("datasets", List.of(
                new DatasetFields("processes", OpenDataExport.PROCESS_COLUMNS),
                new DatasetFields("inputs", OpenDataExport.INPUT_COLUMNS),
                new DatasetFields("decisions", OpenDataExport.DECISION_COLUMNS)));
        model.addAttribute("statuses", FeedbackStatus.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("levels", ParticipationLevel.values());
        model.addAttribute("states", DecisionState.values());
        model.addAttribute("licences", OpenDataLicence.values());
        return DICTIONARY_VIEW;
    }

    @GetMapping("/open-data/collaborations/{slug}/processes.json")
    void downloadProcessesJson(@PathVariable String slug, HttpServletResponse response) throws IOException {
        json(export.processesOf(slug), response);
    }

    @GetMapping("/open-data/collaborations/{slug}/processes.csv")
    void downloadProcessesCsv(@PathVariable String slug, HttpServletResponse response) throws IOException {
        csv(export.processesOf(slug), response);
    }

    @GetMapping("/open-data/processes/{id}/inputs.json")
    void downloadInputsJson(@PathVariable String id, HttpServletResponse response) throws IOException {
        json(export.inputsOf(processId(id)), response);
    }

    @GetMapping("/open-data/processes/{id}/inputs.csv")
    void downloadInputsCsv(@PathVariable String id, HttpServletResponse response) throws IOException {
        csv(export.inputsOf(processId(id)), response);
    }

    @GetMapping("/open-data/processes/{id}/decisions.json")
    void downloadDecisionsJson(@PathVariable String id, HttpServletResponse response) throws IOException {
        json(export.decisionsOf(processId(id)), response);
    }

    @GetMapping("/open-data/processes/{id}/decisions.csv")
    void downloadDecisionsCsv(@PathVariable String id, HttpServletResponse response) throws IOException {
        csv(export.decisionsOf(processId(id)), response);
    }

    private static UUID processId(String typed) {
        return Ids.parseUuid(typed).orElseThrow(NotFoundException::new);
    }

    private static void json(Optional<Dataset> found, HttpServletResponse response) throws IOException {
        Dataset dataset = found.orElseThrow(NotFoundException::new);
        headers(dataset, response, "application/json", ".json", false);
        Downloads.json(dataset, response.getOutputStream());
    }

    private static void csv(Optional<Dataset> found, HttpServletResponse response) throws IOException {
        Dataset dataset = found.orElseThrow(NotFoundException::new);
        headers(dataset, response, "text/csv", ".csv", true);
        Downloads.csv(dataset, response.getWriter());
        response.getWriter().flush();
    }

    private static void headers(Dataset dataset, HttpServletResponse response, String type, String extension,
                                boolean attachment) {
        response.setContentType(type);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
                        .filename(dataset.fileName() + extension, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE);
        if (dataset.about().get("licence") instanceof Map<?, ?> licence) {
            response.setHeader(HttpHeaders.LINK, "<" + licence.get("url") + ">; rel=\"license\"");
        }
    }
}
