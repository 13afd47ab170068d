package com.portaldesk.staff;

import com.portaldesk.store.OwnerOnlyFile;
import java.io.IOException;
import java.nio.file.Path;

/** The recovery codes saved to a file at enrolment: a second factor, so owner-only from the file's first byte. */
public final class RecoveryCodesFile {
    private RecoveryCodesFile() {}

    public static void save(Path file, String codes) throws IOException {
        OwnerOnlyFile.writeString(file, codes);
    }
}
