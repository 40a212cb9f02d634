package io.storageintegrations.worker.cloud;

/**
 * Makes every XML parser in the worker's process refuse DOCTYPEs and external entities: the
 * hardened DOM factory becomes the JAXP default, and the JAXP access properties forbid fetching
 * external DTDs, schemas and stylesheets for every other parser. Called before any SDK client
 * exists.
 */
public final class XmlHardening {

  private XmlHardening() {}

  public static synchronized void install() {
    System.setProperty(
        "javax.xml.parsers.DocumentBuilderFactory", HardenedDocumentBuilderFactory.class.getName());
    System.setProperty("javax.xml.accessExternalDTD", "");
    System.setProperty("javax.xml.accessExternalSchema", "");
    System.setProperty("javax.xml.accessExternalStylesheet", "");
  }
}
