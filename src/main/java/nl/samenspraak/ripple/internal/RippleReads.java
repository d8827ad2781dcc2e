package nl.samenspraak.ripple.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.ripple.ActivityKind;
import nl.samenspraak.ripple.Capital;
import nl.samenspraak.ripple.Ring;
import nl.samenspraak.ripple.RippleMap;
import nl.samenspraak.ripple.TellerKind;
import nl.samenspraak.ripple.Valence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a collaboration's ripple map without names: two queries, whatever its size. */
@Component
public class RippleReads {

    private final JdbcClient jdbc;

    RippleReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public RippleMap map(CollaborationId collaboration) {
        UUID c = collaboration.value();
        record Seen(RippleMap.Activity activity, LocalDate firstOn, int position) {}
        List<Seen> seen = jdbc.sql("""
                        SELECT DISTINCT ON (a.ref_id) a.ref_id, a.kind, a.title, s.held_on, a.position
                        FROM ripple_activity a JOIN ripple_session s ON s.id = a.session_id
                        WHERE a.collaboration_id = :c
                        ORDER BY a.ref_id, s.held_on, s.id
                        """)
                .param("c", c)
                .query((rs, n) -> new Seen(new RippleMap.Activity(rs.getObject(1, UUID.class),
                        ActivityKind.valueOf(rs.getString(2)), rs.getString(3)), rs.getDate(4).toLocalDate(),
                        rs.getInt(5)))
                .list();
        List<RippleMap.Activity> activities = seen.stream()
                .sorted(Comparator.comparing(Seen::firstOn).thenComparing(Seen::position)
                        .thenComparing(s -> s.activity().id()))
                .map(Seen::activity).toList();
        List<RippleMap.Effect> effects = new ArrayList<>();
        List<RippleMap.Link> links = new ArrayList<>();
        jdbc.sql("""
                        SELECT e.id, e.what_changed, e.for_whom, e.intended, e.valence, e.ring, e.capital, e.story,
                               e.teller_kind, e.happened_on, e.session_id, s.held_on, e.from_activity, e.from_effect
                        FROM ripple_effect e JOIN ripple_session s ON s.id = e.session_id
                        WHERE e.collaboration_id = :c ORDER BY e.seq
                        """)
                .param("c", c)
                .query((ResultSet rs) -> {
                    effects.add(effect(rs));
                    UUID fromActivity = rs.getObject("from_activity", UUID.class);
                    UUID fromEffect = rs.getObject("from_effect", UUID.class);
                    UUID id = rs.getObject("id", UUID.class);
                    links.add(fromActivity != null ? new RippleMap.Link(fromActivity, true, id)
                            : new RippleMap.Link(fromEffect, false, id));
                });
        return new RippleMap(collaboration, activities, effects, links);
    }

    private static RippleMap.Effect effect(ResultSet rs) throws SQLException {
        return new RippleMap.Effect(rs.getObject("id", UUID.class), rs.getString("what_changed"),
                rs.getString("for_whom"), rs.getBoolean("intended"), Valence.valueOf(rs.getString("valence")),
                Ring.valueOf(rs.getString("ring")), Capital.valueOf(rs.getString("capital")), rs.getString("story"),
                TellerKind.valueOf(rs.getString("teller_kind")), rs.getDate("happened_on").toLocalDate(),
                rs.getObject("session_id", UUID.class), rs.getDate("held_on").toLocalDate());
    }
}
