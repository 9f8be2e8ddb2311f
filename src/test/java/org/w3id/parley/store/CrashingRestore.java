package org.w3id.parley.store;

import java.nio.file.Path;

/**
 * A child JVM of {@link TextIndexCrashIT}: restores a backup over a store with {@code --force}.
 * Started with {@value FullTextIndex#HALT_PROPERTY} set to the restore's commit number, it halts
 * after TDB2 has committed the restored quads and before the rebuilt text index is committed.
 */
public final class CrashingRestore {
  private CrashingRestore() {}

  /** Arguments: the store folder, the backup file. */
  public static void main(String[] args) {
    try (ParleyStore store = ParleyStore.open(Path.of(args[0]))) {
      StoreBackup.restore(store, Path.of(args[1]), true);
    }
    System.out.println("not halted");
  }
}
