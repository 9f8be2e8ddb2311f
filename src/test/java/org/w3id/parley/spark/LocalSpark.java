package org.w3id.parley.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * A SparkSession on {@code local[2]} for tests in the failsafe JVM: bound to loopback, no web UI,
 * its scratch and warehouse folders in the test's temporary folder.
 *
 * <pre>{@code
 * SparkSession spark = LocalSpark.start("parley-spark-smoke", temp);
 * }</pre>
 */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession start(String appName, Path temp) {
    return SparkSession.builder()
        .master("local[2]")
        .appName(appName)
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", false)
        .config("spark.local.dir", temp.resolve("local").toString())
        .config("spark.sql.warehouse.dir", temp.resolve("warehouse").toString())
        .getOrCreate();
  }
}
