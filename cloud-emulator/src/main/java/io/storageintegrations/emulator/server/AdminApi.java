package io.storageintegrations.emulator.server;

/** The admin API behind {@code /_admin}. */
public interface AdminApi {

  Reply handle(Request request, String subPath);
}
