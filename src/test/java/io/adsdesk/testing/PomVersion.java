package io.adsdesk.testing;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;

/** The project's version as pom.xml says it (tests run from the repository root). */
public final class PomVersion {
    private PomVersion() {
    }

    public static String read() {
        try {
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
            for (Node n = doc.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getTagName().equals("version")) {
                    return e.getTextContent().trim();
                }
            }
            throw new IllegalStateException("pom.xml has no <version>");
        } catch (Exception e) {
            throw new IllegalStateException("cannot read pom.xml: " + e, e);
        }
    }
}
