import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.w3id.parley.resolve.PersonDescription;
import org.w3id.parley.resolve.PersonResolution;
import org.w3id.parley.extract.entity.Overrides;

/**
 * How resolution's time grows with the persons it resolves: N synthetic article persons (random surnames, each
 * person named in about four articles, two thirds of them with a first name), resolved at once as `parley load` and
 * StoreResolution do. Run by bench/resolution-scale.sh; prints one line per N. Figures only.
 */
public class ResolutionScale {
  public static void main(String[] a) {
    Random r = new Random(7);
    String[] firsts = {"John","Mary","Ahmed","Li","Olga","Pedro","Anna","Sergei","Fatima","Kenji","Maria","David","Elena","Omar","Sara"};
    for (String arg : a) {
      int n = Integer.parseInt(arg);
      int distinct = n / 4; // each person named in ~4 articles
      String[] surnames = new String[distinct];
      for (int i = 0; i < distinct; i++) {
        int len = 5 + r.nextInt(6);
        StringBuilder b = new StringBuilder();
        b.append((char) ('A' + r.nextInt(26)));
        for (int j = 1; j < len; j++) b.append((char) ('a' + r.nextInt(26)));
        surnames[i] = b.toString();
      }
      List<PersonDescription> ds = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String s = surnames[r.nextInt(distinct)];
        String f = firsts[r.nextInt(firsts.length)];
        boolean full = r.nextInt(3) > 0;
        String label = full ? f + " " + s : s;
        ds.add(new PersonDescription("a" + (i / 10), "k" + i, label, Set.of(label), Set.of(), Set.of()));
      }
      long t = System.nanoTime();
      List<PersonResolution.Person> ps = new PersonResolution(Overrides.none()).resolve(ds);
      double s = (System.nanoTime() - t) / 1e9;
      System.out.printf("%,12d article persons %,10d surnames -> %,10d persons  %7.2f s  %6.1f us each%n", n, distinct, ps.size(), s, s * 1e6 / n);
    }
  }
}
