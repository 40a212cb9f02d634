package io.storageintegrations.worker.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.storageintegrations.worker.cloud.CloudCalls;
import io.storageintegrations.worker.config.IntakeProperties;
import io.storageintegrations.worker.config.StsProperties;
import io.storageintegrations.worker.config.ValidationProperties;
import io.storageintegrations.worker.observability.WorkerMetrics;
import io.storageintegrations.worker.validation.ValidationEngine;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The intake's Kafka clients from Boot's {@code spring.kafka.*} settings, with what correctness
 * needs forced: manual commits, idempotent acks=all outcomes, bytes in and out.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "worker.intake.enabled", havingValue = "true", matchIfMissing = true)
public class IntakeConfiguration {

  @Bean(destroyMethod = "close")
  Producer<String, byte[]> outcomeProducer(KafkaProperties kafka, MeterRegistry registry) {
    Map<String, Object> config = kafka.buildProducerProperties();
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "worker-outcomes");
    // Kafka 4 waits 5 ms to fill a batch; an outcome is what a person waits for, and sends that
    // queue behind an in-flight request batch anyway, so the wait buys nothing (docs/worker.md).
    config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 0);
    // A send blocks its I/O thread while the broker is away; the publisher resends later instead.
    config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
    KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config);
    new KafkaClientMetrics(producer).bindTo(registry);
    return producer;
  }

  @Bean
  IntakeLoop intakeLoop(
      KafkaProperties kafka,
      IntakeProperties intake,
      StsProperties sts,
      ValidationProperties validation,
      ValidationEngine engine,
      Producer<String, byte[]> outcomeProducer,
      CloudCalls.StsQuota stsQuota,
      ExecutorService cloudIoExecutor,
      ScheduledExecutorService retryScheduler,
      WorkerMetrics metrics,
      MeterRegistry registry) {
    BrokerContact contact = new BrokerContact(System::nanoTime);
    Admission admission =
        new Admission(
            QuotaShare.initial(stsQuota, sts.fleetRatePerSecond(), intake, validation.deadline()));
    Map<String, Object> config = ConsumerSettings.of(kafka, intake);
    RequestHandler handler =
        new RequestHandler(
            new RequestReader(intake.maxRequestBytes()),
            engine,
            new OutcomePublisher(
                outcomeProducer,
                validation.eventSource(),
                retryScheduler,
                cloudIoExecutor,
                contact),
            metrics);
    IntakeLoop loop =
        new IntakeLoop(
            () -> {
              KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config);
              // Records lag per partition, for dashboards and autoscaling.
              new KafkaClientMetrics(consumer).bindTo(registry);
              return consumer;
            },
            handler,
            new KeyedSerialExecutor(cloudIoExecutor),
            intake,
            admission,
            new QuotaShare(
                stsQuota, sts.fleetRatePerSecond(), intake, validation.deadline(), admission),
            contact);
    metrics.inFlightGauge(loop::inFlight);
    metrics.deadLetterReasons(Arrays.stream(PoisonReason.values()).map(Enum::name).toList());
    return loop;
  }

  @Bean
  BrokerHealthIndicator brokerHealthIndicator(IntakeLoop intakeLoop, IntakeProperties intake) {
    return new BrokerHealthIndicator(intakeLoop.brokerContact(), intake.brokerDownAfter());
  }

  @Bean
  IntakeHealthIndicator intakeHealthIndicator(IntakeLoop intakeLoop) {
    return new IntakeHealthIndicator(intakeLoop);
  }
}
