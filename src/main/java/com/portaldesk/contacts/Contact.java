package com.portaldesk.contacts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The stored contact. Only the contacts package changes it; everyone else sees {@link ContactRecord}.
 * The SSN, last four or PIN exist here only as AES-GCM ciphertext (bound to the id) and a keyed lookup hash.
 */
@Entity
@Table(name = "contact")
public class Contact {
    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    private String email;

    @Column(name = "mobile_e164")
    private String mobileE164;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "secret_kind", nullable = false)
    private SecretKind secretKind = SecretKind.NONE;

    @Column(name = "secret_cipher")
    private byte[] secretCipher;

    @Column(name = "last4_lookup")
    private byte[] last4Lookup;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "preferred_channel", nullable = false)
    private Channel preferredChannel;

    @Column(name = "portal_access", nullable = false)
    private boolean portalAccess;

    @Column(nullable = false)
    private String notes;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "last_portal_access_at")
    private Instant lastPortalAccessAt;

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage = Language.ENGLISH.tag();

    protected Contact() {
        // for Hibernate
    }

    Contact(UUID id, Instant now) {
        this.id = id;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The associated data that binds a ciphertext to this record, so it cannot be pasted onto another. */
    byte[] associatedData() {
        return id.toString().getBytes(StandardCharsets.US_ASCII);
    }

    void setDetails(ContactDetails details) {
        firstName = details.firstName();
        lastName = details.lastName();
        email = details.email().map(Email::value).orElse(null);
        mobileE164 = details.mobile().map(PhoneNumber::e164).orElse(null);
        preferredChannel = details.channel();
        portalAccess = details.portalAccess();
        notes = details.notes();
        preferredLanguage = details.language().tag();
    }

    void setSecret(SecretKind kind, byte[] cipher, byte[] lookup) {
        secretKind = kind;
        secretCipher = cipher;
        last4Lookup = lookup;
    }

    void setSearchText(String text) {
        searchText = text;
    }

    void setArchived(boolean value) {
        archived = value;
    }

    void setPortalAccess(boolean value) {
        portalAccess = value;
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    long version() {
        return version;
    }

    String firstName() {
        return firstName;
    }

    String lastName() {
        return lastName;
    }

    String email() {
        return email;
    }

    String mobileE164() {
        return mobileE164;
    }

    SecretKind secretKind() {
        return secretKind;
    }

    byte[] secretCipher() {
        return secretCipher;
    }

    byte[] last4Lookup() {
        return last4Lookup;
    }

    Channel preferredChannel() {
        return preferredChannel;
    }

    boolean portalAccess() {
        return portalAccess;
    }

    String notes() {
        return notes;
    }

    boolean archived() {
        return archived;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Language preferredLanguage() {
        return Language.fromTag(preferredLanguage);
    }

    Instant lastPortalAccessAt() {
        return lastPortalAccessAt;
    }

    String displayName() {
        return (firstName + " " + lastName).strip();
    }
}
