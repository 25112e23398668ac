package org.exhibitkiosk.screens;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JPanel;
import org.exhibitkiosk.content.Exhibit;
import org.exhibitkiosk.content.UiKey;
import org.exhibitkiosk.text.FontStack;
import org.exhibitkiosk.text.FontStackText;
import org.exhibitkiosk.text.FontStyle;
import org.exhibitkiosk.ui.TextBlock;

/**
 * The first screen a visitor meets: the exhibit's title in every language, and one large button
 * per language, each labelled in its own script. EDT only; no I/O.
 */
public final class WelcomeScreen extends JPanel {

    /** A language as its button shows it. */
    public record LanguageButton(String code, String name) {
    }

    public WelcomeScreen(Exhibit exhibit, List<LanguageButton> languages, Consumer<String> onLanguage) {
        super(new GridBagLayout());
        setName("screen.welcome");
        FontStack titleFont = exhibit.typefaces().stack(FontStyle.DISPLAY_BOLD).atSize(64f);
        FontStack datesFont = exhibit.typefaces().stack(FontStyle.DISPLAY).atSize(34f);
        FontStack promptFont = exhibit.typefaces().stack(FontStyle.BODY).atSize(30f);
        FontStack buttonFont = exhibit.typefaces().stack(FontStyle.BODY_BOLD).atSize(40f);

        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        c.insets = new Insets(4, 80, 4, 80);

        for (int i = 0; i < languages.size(); i++) {
            String code = languages.get(i).code();
            TextBlock title = new TextBlock(exhibit.info().title().in(code), titleFont,
                    i == 0 ? "Kiosk.foreground" : "Kiosk.muted", TextBlock.Align.CENTER);
            title.setName("welcome.title." + code);
            add(title, c);
        }
        c.insets = new Insets(16, 80, 48, 80);
        TextBlock dates = new TextBlock(exhibit.info().dates().in(languages.get(0).code()), datesFont,
                "Kiosk.accent", TextBlock.Align.CENTER);
        dates.setName("welcome.dates");
        add(dates, c);

        JPanel buttons = new JPanel(new GridLayout(1, languages.size(), 40, 0));
        buttons.setOpaque(false);
        JPanel prompts = new JPanel(new GridLayout(1, languages.size(), 40, 0));
        prompts.setOpaque(false);
        for (LanguageButton language : languages) {
            TextBlock prompt = new TextBlock(exhibit.text(UiKey.WELCOME_CHOOSE_LANGUAGE, language.code()),
                    promptFont, "Kiosk.muted", TextBlock.Align.CENTER);
            prompt.setName("welcome.prompt." + language.code());
            prompts.add(prompt);

            JButton button = new JButton(language.name());
            button.setName("welcome.language." + language.code());
            button.setFont(FontStackText.singleFontFor(language.name(), buttonFont));
            button.putClientProperty(FlatClientProperties.STYLE_CLASS, "language");
            button.setPreferredSize(new Dimension(360, 140));
            button.setFocusable(false);
            button.addActionListener(e -> onLanguage.accept(language.code()));
            buttons.add(button);
        }
        c.insets = new Insets(0, 120, 16, 120);
        add(prompts, c);
        c.fill = GridBagConstraints.NONE;
        c.insets = new Insets(0, 120, 0, 120);
        add(buttons, c);
        setBorder(BorderFactory.createEmptyBorder(40, 40, 40, 40));
    }
}
