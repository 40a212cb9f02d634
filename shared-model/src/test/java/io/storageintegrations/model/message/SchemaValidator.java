package io.storageintegrations.model.message;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Loads the message schemas from the classpath (their $ids mapped there) with format assertions.
 */
final class SchemaValidator {

  static final String ID_PREFIX = "https://storageintegrations.io/schemas/";

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder
                  .schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                  .schemaIdResolvers(ids -> ids.mapPrefix(ID_PREFIX, "classpath:schemas/")));

  private SchemaValidator() {}

  static Schema schema(String classpathResource) {
    return REGISTRY.getSchema(SchemaLocation.of("classpath:" + classpathResource));
  }

  static List<Error> validate(String classpathResource, Object message) {
    JsonNode json = MessageCodec.mapper().readTree(MessageCodec.toJson(message));
    return schema(classpathResource).validate(json);
  }
}
