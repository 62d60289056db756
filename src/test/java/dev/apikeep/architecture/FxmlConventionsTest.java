package dev.apikeep.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.ui.common.FxmlView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Conventions every FXML view keeps (docs/ARCHITECTURE.md, "Conventions"). */
class FxmlConventionsTest {
    private static final Path VIEWS = Path.of("src/main/resources/dev/apikeep/ui");
    private static final Pattern IMPORT = Pattern.compile("<\\?import\\s+([\\w.*]+)\\s*\\?>");
    private static final Pattern ICON_BUTTON = Pattern.compile(
            "<(?:Button|MenuButton|ToggleButton)\\b([^>]*styleClass=\"[^\"]*button-icon[^>]*)>.*?</(?:Button|MenuButton|ToggleButton)>",
            Pattern.DOTALL);
    private static final Pattern CONTROLLER = Pattern.compile("fx:controller=\"([\\w.]+)\"");

    /**
     * A package import ({@code javafx.scene.control.*}) makes FXMLLoader try every imported package
     * for every tag, failing class lookups each time: about 100 ms of the first screen's cold start.
     */
    @Test
    void importsNameClassesNotPackages() throws IOException {
        for (Path view : views()) {
            Matcher imports = IMPORT.matcher(Files.readString(view));
            while (imports.find()) {
                assertThat(imports.group(1)).as("an import in %s", VIEWS.relativize(view)).doesNotEndWith("*");
            }
        }
    }

    /** One package per screen: a view's controller sits in the view's own package. */
    @Test
    void controllerSitsBesideItsView() throws IOException {
        for (Path view : views()) {
            Matcher controller = CONTROLLER.matcher(Files.readString(view));
            if (!controller.find()) continue;
            String viewPackage = "dev.apikeep.ui." + VIEWS.relativize(view.getParent()).toString().replace('/', '.');
            String controllerClass = controller.group(1);
            assertThat(controllerClass.substring(0, controllerClass.lastIndexOf('.')))
                    .as("the controller of %s", VIEWS.relativize(view)).isEqualTo(viewPackage);
        }
    }

    /**
     * An icon-only button (AtlantaFX's {@code button-icon}) has no text for a screen reader to read:
     * it needs an accessible name, and a tooltip for the mouse.
     */
    @Test
    void iconOnlyButtonsHaveAnAccessibleNameAndATooltip() throws IOException {
        for (Path view : views()) {
            Matcher button = ICON_BUTTON.matcher(Files.readString(view));
            while (button.find()) {
                String element = button.group();
                assertThat(button.group(1)).as("accessibleText of %s in %s", element.lines().findFirst().orElse(""),
                        VIEWS.relativize(view)).contains("accessibleText=\"");
                assertThat(element).as("tooltip of an icon-only button in %s", VIEWS.relativize(view)).contains("<Tooltip");
            }
        }
    }

    /** One view system: every FXML file is a constant of {@link FxmlView}, and every constant has its file. */
    @Test
    void everyViewIsListedOnceInTheViewEnum() throws IOException {
        List<String> files = views().stream().map(v -> VIEWS.relativize(v).toString().replace('\\', '/')).toList();
        List<String> listed = Arrays.stream(FxmlView.values()).map(FxmlView::path).toList();
        assertThat(listed).as("FxmlView's paths").doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(files);
        for (FxmlView view : FxmlView.values()) assertThat(view.url()).as(view.name()).isNotNull();
    }

    /** A dialog built in Java instead of FXML would bypass the view list: dialogs put loaded views in. */
    @Test
    void noDialogBuildsItsFieldsInJava() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/dev/apikeep/ui"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                assertThat(Files.readString(source)).as("%s builds a text field in code", source)
                        .doesNotContain("new PasswordField(").doesNotContain("new TextField(");
            }
        }
    }

    private static List<Path> views() throws IOException {
        try (Stream<Path> files = Files.walk(VIEWS)) {
            List<Path> views = files.filter(f -> f.toString().endsWith(".fxml")).sorted().toList();
            assertThat(views).as("FXML views under " + VIEWS).hasSizeGreaterThan(5);
            return views;
        }
    }
}
