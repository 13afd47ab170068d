package com.portaldesk.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The delivery settings row saved from the settings screen; secrets only as ciphertext. */
@Entity
@Table(name = "delivery_settings")
public class StoredDeliverySettings {
    static final int ONLY_ROW = 1;

    @Id
    private int id = ONLY_ROW;

    @Column(name = "sms_provider", nullable = false)
    private String smsProvider;

    @Column(name = "email_provider", nullable = false)
    private String emailProvider;

    @Column(name = "twilio_account_sid", nullable = false)
    private String twilioAccountSid;

    @Column(name = "twilio_from_number", nullable = false)
    private String twilioFromNumber;

    @Column(name = "twilio_service_sid", nullable = false)
    private String twilioServiceSid;

    @Column(name = "twilio_token_cipher")
    private byte[] twilioTokenCipher;

    @Column(name = "smtp_host", nullable = false)
    private String smtpHost;

    @Column(name = "smtp_port", nullable = false)
    private int smtpPort;

    @Column(name = "smtp_security", nullable = false)
    private String smtpSecurity;

    @Column(name = "smtp_username", nullable = false)
    private String smtpUsername;

    @Column(name = "smtp_password_cipher")
    private byte[] smtpPasswordCipher;

    @Column(name = "smtp_from_address", nullable = false)
    private String smtpFromAddress;

    @Column(name = "smtp_from_name", nullable = false)
    private String smtpFromName;

    @Column(name = "m365_tenant_id", nullable = false)
    private String m365TenantId = "";

    @Column(name = "m365_client_id", nullable = false)
    private String m365ClientId = "";

    @Column(name = "m365_secret_cipher")
    private byte[] m365SecretCipher;

    @Column(name = "m365_mailbox", nullable = false)
    private String m365Mailbox = "";

    @Column(name = "google_key_file", nullable = false)
    private String googleKeyFile = "";

    @Column(name = "google_mailbox", nullable = false)
    private String googleMailbox = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StoredDeliverySettings() {
        // for Hibernate and for a first save
    }

    static StoredDeliverySettings empty() {
        return new StoredDeliverySettings();
    }

    DeliveryForm toForm() {
        return new DeliveryForm(
                smsProvider,
                emailProvider,
                twilioAccountSid,
                twilioFromNumber,
                twilioServiceSid,
                "",
                twilioTokenCipher != null,
                smtpHost,
                Integer.toString(smtpPort),
                smtpSecurity,
                smtpUsername,
                "",
                smtpPasswordCipher != null,
                smtpFromAddress,
                smtpFromName,
                new OAuthMail(
                        m365TenantId,
                        m365ClientId,
                        "",
                        m365SecretCipher != null,
                        m365Mailbox,
                        googleKeyFile,
                        googleMailbox));
    }

    /** A null cipher keeps the stored secret (the field was left blank). */
    void update(DeliveryForm form, byte[] tokenCipher, byte[] passwordCipher, byte[] m365SecretCipher, Instant now) {
        smsProvider = form.smsProvider();
        emailProvider = form.emailProvider();
        twilioAccountSid = form.twilioAccountSid();
        twilioFromNumber = form.twilioFromNumber();
        twilioServiceSid = form.twilioServiceSid();
        if (tokenCipher != null) {
            twilioTokenCipher = tokenCipher;
        }
        smtpHost = form.smtpHost();
        smtpPort = form.smtpPort().isBlank()
                ? 587
                : Integer.parseInt(form.smtpPort().strip());
        smtpSecurity = form.smtpSecurity();
        smtpUsername = form.smtpUsername();
        if (passwordCipher != null) {
            smtpPasswordCipher = passwordCipher;
        }
        smtpFromAddress = form.smtpFromAddress();
        smtpFromName = form.smtpFromName();
        OAuthMail oauth = form.oauth();
        m365TenantId = oauth.m365TenantId().strip();
        m365ClientId = oauth.m365ClientId().strip();
        if (m365SecretCipher != null) {
            this.m365SecretCipher = m365SecretCipher;
        }
        m365Mailbox = oauth.m365Mailbox().strip();
        googleKeyFile = oauth.googleKeyFile().strip();
        googleMailbox = oauth.googleMailbox().strip();
        updatedAt = now;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    byte[] twilioTokenCipher() {
        return twilioTokenCipher;
    }

    byte[] smtpPasswordCipher() {
        return smtpPasswordCipher;
    }

    byte[] m365SecretCipher() {
        return m365SecretCipher;
    }
}
