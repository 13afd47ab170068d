package com.portaldesk.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The firm's name and phone as clients see them in code messages and on the kiosk. */
@Entity
@Table(name = "firm_profile")
public class FirmProfile {
    static final int ONLY_ROW = 1;

    @Id
    private int id;

    @Column(name = "firm_name", nullable = false)
    private String firmName;

    @Column(name = "firm_phone", nullable = false)
    private String firmPhone;

    @Column(name = "logo_png")
    private byte[] logoPng;

    protected FirmProfile() {
        // for Hibernate
    }

    public String firmName() {
        return firmName;
    }

    public String firmPhone() {
        return firmPhone;
    }

    byte[] logoPng() {
        return logoPng == null ? null : logoPng.clone();
    }

    void setLogoPng(byte[] png) {
        logoPng = png == null ? null : png.clone();
    }

    void update(String name, String phone) {
        firmName = name;
        firmPhone = phone;
    }
}
