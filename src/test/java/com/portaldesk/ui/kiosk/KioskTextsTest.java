package com.portaldesk.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.contacts.Language;
import com.portaldesk.verify.ClientAnswer;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The kiosk reads the engine's answers from their one catalogue; its own bundle must not say them a second time. */
@Tag("plain")
class KioskTextsTest {
    @Test
    void theKiosksOwnTexts_neverRepeatAnEngineAnswer() {
        for (Language language : Language.values()) {
            ResourceBundle own = ResourceBundle.getBundle(
                    KioskTexts.BUNDLE,
                    language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            assertThat(own.keySet())
                    .as(language.name())
                    .doesNotContainAnyElementsOf(
                            ClientAnswer.catalogue(language).keySet());
        }
    }

    @Test
    void theKioskSaysTheEnginesAnswers_inTheLanguageOnScreen() {
        assertThat(KioskTexts.in(Language.SPANISH).getString("error.expired"))
                .isEqualTo(ClientAnswer.catalogue(Language.SPANISH).getString("error.expired"));
        assertThat(KioskTexts.in(Language.ENGLISH).getString("welcome.title")).isEqualTo("Welcome");
        assertThat(KioskTexts.in(Language.SPANISH).getLocale().getLanguage()).isEqualTo("es");
    }

    @Test
    void theSpanishTexts_greetEveryoneAlike_withoutAGenderedWord() {
        ResourceBundle spanish = KioskTexts.in(Language.SPANISH);
        for (String key : spanish.keySet()) {
            assertThat(spanish.getString(key))
                    .as(key)
                    .doesNotContainPattern("(?i)\\b((?<!la )bienvenid[oa]s?|" + "est[aá] segur[oa])\\b");
        }
        assertThat(spanish.getString("signedIn.title")).isEqualTo("Hola, {0}");
    }
}
