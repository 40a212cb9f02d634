package io.storageintegrations.producer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Entry point of the integration API and registry. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ProducerApplication {

  /** The worker's default vending threads: as many idle connections to it as it can serve. */
  private static final String IDLE_CONNECTIONS_PER_ADDRESS = "16";

  public static void main(String[] args) {
    // The JDK keeps 5 idle HTTP connections per address: with more vends at once, the producer
    // would open and close a connection to the worker per call. Read once, at the first call.
    if (System.getProperty("http.maxConnections") == null) {
      System.setProperty("http.maxConnections", IDLE_CONNECTIONS_PER_ADDRESS);
    }
    SpringApplication.run(ProducerApplication.class, args);
  }
}
