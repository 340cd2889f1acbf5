package party.wtp.serve;

/**
 * A party that cannot be served: a folder that is not a party, a port already taken. The message is one line naming
 * the file or address and the problem, fit to show the user as is.
 */
public class ServeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ServeException(String message) {
    super(message);
  }

  public ServeException(String message, Throwable cause) {
    super(message, cause);
  }
}
