package io.storageintegrations.worker.cloud;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.validation.Schema;

/**
 * The JDK's own DOM parser with DOCTYPE declarations refused and external entities, external DTDs
 * and XInclude off, whatever a caller asks for. Installed for the whole process by {@link
 * XmlHardening}, because aliyun-java-sdk-core parses answers with a default {@code
 * DocumentBuilderFactory.newInstance()} (and picks XML whenever the answer's Content-Type says so).
 */
public final class HardenedDocumentBuilderFactory extends DocumentBuilderFactory {

  private static final String DISALLOW_DOCTYPE =
      "http://apache.org/xml/features/disallow-doctype-decl";
  private static final String EXTERNAL_GENERAL =
      "http://xml.org/sax/features/external-general-entities";
  private static final String EXTERNAL_PARAMETER =
      "http://xml.org/sax/features/external-parameter-entities";
  private static final String LOAD_EXTERNAL_DTD =
      "http://apache.org/xml/features/nonvalidating/load-external-dtd";

  private final DocumentBuilderFactory delegate = DocumentBuilderFactory.newDefaultInstance();

  public HardenedDocumentBuilderFactory() {
    try {
      delegate.setFeature(DISALLOW_DOCTYPE, true);
      delegate.setFeature(EXTERNAL_GENERAL, false);
      delegate.setFeature(EXTERNAL_PARAMETER, false);
      delegate.setFeature(LOAD_EXTERNAL_DTD, false);
      delegate.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      delegate.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      delegate.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be hardened", e);
    }
    delegate.setXIncludeAware(false);
    delegate.setExpandEntityReferences(false);
  }

  @Override
  public DocumentBuilder newDocumentBuilder() throws ParserConfigurationException {
    return delegate.newDocumentBuilder();
  }

  @Override
  public void setFeature(String name, boolean value) throws ParserConfigurationException {
    if (!isHardened(name)) {
      delegate.setFeature(name, value); // the hardened features stay as they are
    }
  }

  @Override
  public boolean getFeature(String name) throws ParserConfigurationException {
    return delegate.getFeature(name);
  }

  @Override
  public void setAttribute(String name, Object value) {
    if (!XMLConstants.ACCESS_EXTERNAL_DTD.equals(name)
        && !XMLConstants.ACCESS_EXTERNAL_SCHEMA.equals(name)) {
      delegate.setAttribute(name, value);
    }
  }

  @Override
  public Object getAttribute(String name) {
    return delegate.getAttribute(name);
  }

  @Override
  public void setNamespaceAware(boolean awareness) {
    delegate.setNamespaceAware(awareness);
  }

  @Override
  public boolean isNamespaceAware() {
    return delegate.isNamespaceAware();
  }

  @Override
  public void setValidating(boolean validating) {
    delegate.setValidating(validating);
  }

  @Override
  public boolean isValidating() {
    return delegate.isValidating();
  }

  @Override
  public void setIgnoringElementContentWhitespace(boolean whitespace) {
    delegate.setIgnoringElementContentWhitespace(whitespace);
  }

  @Override
  public boolean isIgnoringElementContentWhitespace() {
    return delegate.isIgnoringElementContentWhitespace();
  }

  @Override
  public void setIgnoringComments(boolean ignoreComments) {
    delegate.setIgnoringComments(ignoreComments);
  }

  @Override
  public boolean isIgnoringComments() {
    return delegate.isIgnoringComments();
  }

  @Override
  public void setCoalescing(boolean coalescing) {
    delegate.setCoalescing(coalescing);
  }

  @Override
  public boolean isCoalescing() {
    return delegate.isCoalescing();
  }

  @Override
  public void setSchema(Schema schema) {
    delegate.setSchema(schema);
  }

  @Override
  public Schema getSchema() {
    return delegate.getSchema();
  }

  @Override
  public boolean isExpandEntityReferences() {
    return false;
  }

  @Override
  public boolean isXIncludeAware() {
    return false;
  }

  private static boolean isHardened(String feature) {
    return DISALLOW_DOCTYPE.equals(feature)
        || EXTERNAL_GENERAL.equals(feature)
        || EXTERNAL_PARAMETER.equals(feature)
        || LOAD_EXTERNAL_DTD.equals(feature)
        || XMLConstants.FEATURE_SECURE_PROCESSING.equals(feature);
  }
}
