package com.portaldesk.settings;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.store.Tx;
import jakarta.persistence.EntityManager;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads and saves the portal policy. It lives in the database so that every workstation sharing it applies
 * the same rules; it is read for each new challenge, so a saved change applies at once everywhere.
 */
public final class PolicyService {
    private final Tx tx;
    private final AuditLog audit;
    private final Clock clock;
    private final String phoneRegion;

    /** {@code phoneRegion} reads a firm phone typed without a country code (phone.default-region). */
    public PolicyService(Tx tx, AuditLog audit, Clock clock, String phoneRegion) {
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
        this.phoneRegion = phoneRegion;
    }

    /** Checks the firm's phone as a real number and formats it; throws IllegalArgumentException with words if not. */
    public FirmDetails checked(FirmDetails details) {
        return details.checkedIn(phoneRegion);
    }

    public static List<Class<?>> entityClasses() {
        return List.of(StoredPolicy.class, FirmProfile.class);
    }

    public PortalPolicy current() {
        return tx.inTransaction(this::current);
    }

    /** Reads within the caller's transaction. */
    public PortalPolicy current(EntityManager em) {
        return em.find(StoredPolicy.class, StoredPolicy.ONLY_ROW).toPolicy();
    }

    public String firmName() {
        return tx.inTransaction(this::firmName);
    }

    /** Firm name and phone, as clients see them. */
    public FirmDetails firm() {
        return tx.inTransaction(this::firm);
    }

    /** Firm name and phone, read in the caller's transaction. */
    public FirmDetails firm(EntityManager em) {
        FirmProfile firm = em.find(FirmProfile.class, FirmProfile.ONLY_ROW);
        return new FirmDetails(firm.firmName(), firm.firmPhone());
    }

    /** The firm's logo for the kiosk header (a PNG), if an admin chose one. */
    public Optional<byte[]> logo() {
        return tx.inTransaction(em -> Optional.ofNullable(
                em.find(FirmProfile.class, FirmProfile.ONLY_ROW).logoPng()));
    }

    /**
     * Stores the logo drawn from the chosen file (see {@link FirmLogo}), or removes it when {@code file} is null;
     * audited with who did it. Refusals (not a picture, too large) change nothing.
     */
    public void saveLogo(byte[] file, Actor actor) {
        byte[] png = file == null ? null : FirmLogo.fromFile(file);
        tx.run(em -> {
            em.find(FirmProfile.class, FirmProfile.ONLY_ROW).setLogoPng(png);
            audit.append(
                    em,
                    AuditRecord.by(actor, AuditEventType.POLICY_CHANGED, AuditReason.SETTINGS_SAVED)
                            .withDetail(
                                    png == null
                                            ? "firm logo removed"
                                            : "firm logo changed (" + png.length + " bytes as stored)"));
        });
    }

    /** Saves the firm's name and phone in the caller's transaction, with an audit event of the change. */
    public void saveFirm(EntityManager em, FirmDetails details, Actor actor) {
        FirmDetails checked = checked(details);
        FirmProfile firm = em.find(FirmProfile.class, FirmProfile.ONLY_ROW);
        FirmDetails before = new FirmDetails(firm.firmName(), firm.firmPhone());
        if (before.equals(checked)) {
            return;
        }
        firm.update(checked.name(), checked.phone());
        audit.append(
                em,
                AuditRecord.by(actor, AuditEventType.POLICY_CHANGED, AuditReason.SETTINGS_SAVED)
                        .withDetail("firm: " + before + " → " + checked));
    }

    public void saveFirm(FirmDetails details, Actor actor) {
        tx.run(em -> saveFirm(em, details, actor));
    }

    /** The firm's name, read in the caller's transaction. */
    public String firmName(EntityManager em) {
        return em.find(FirmProfile.class, FirmProfile.ONLY_ROW).firmName();
    }

    /** Saves and writes one audit event listing each changed value, old → new, with who changed it and where. */
    public void save(PortalPolicy policy, Actor actor) {
        tx.run(em -> {
            StoredPolicy stored = em.find(StoredPolicy.class, StoredPolicy.ONLY_ROW);
            List<String> changes = changes(stored.toPolicy(), policy);
            if (changes.isEmpty()) {
                return;
            }
            stored.update(policy, clock.instant());
            audit.append(
                    em,
                    AuditRecord.by(actor, AuditEventType.POLICY_CHANGED, AuditReason.SETTINGS_SAVED)
                            .withDetail(String.join("; ", changes)));
        });
    }

    /** Every setting of the policy as a person reads it, in the order the policy declares them: name, value. */
    public static List<Map.Entry<String, String>> inForce(PortalPolicy policy) {
        List<Map.Entry<String, String>> settings = new ArrayList<>();
        for (RecordComponent component : PortalPolicy.class.getRecordComponents()) {
            try {
                settings.add(Map.entry(
                        nameOf(component.getName()),
                        inWords(component.getAccessor().invoke(policy))));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read policy field " + component.getName(), e);
            }
        }
        return settings;
    }

    /** A policy field as the settings screen names it, without the unit (the values carry theirs). */
    static String nameOf(String component) {
        for (PolicyField field : PolicyField.values()) {
            if (field.key().equals(component)) {
                return field.label().replaceAll(" \\((digits|minutes|seconds|hours)\\)$", "");
            }
        }
        return switch (component) {
            case "smsEnabled" -> "Codes by text message";
            case "emailEnabled" -> "Codes by email";
            case "requireMfaForAll" -> "Second factor for all staff";
            case "smsCountries" -> "Text messages to";
            default -> component;
        };
    }

    /** "10 min", "30 s", "24 h", "on"/"off", "CA, US": how a person reads a setting's value. */
    static String inWords(Object value) {
        if (value instanceof Boolean on) {
            return on ? "on" : "off";
        }
        if (value instanceof Duration duration) {
            long seconds = duration.toSeconds();
            if (seconds % 3600 == 0) {
                return seconds / 3600 + " h";
            }
            return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty()
                    ? "none"
                    : String.join(
                            ", ",
                            new TreeSet<>(items.stream().map(String::valueOf).toList()));
        }
        return String.valueOf(value);
    }

    static List<String> changes(PortalPolicy before, PortalPolicy after) {
        List<String> changes = new ArrayList<>();
        for (RecordComponent component : PortalPolicy.class.getRecordComponents()) {
            try {
                Object old = component.getAccessor().invoke(before);
                Object now = component.getAccessor().invoke(after);
                if (!old.equals(now)) {
                    changes.add(nameOf(component.getName()) + ": " + inWords(old) + " → " + inWords(now));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot compare policy field " + component.getName(), e);
            }
        }
        return changes;
    }
}
