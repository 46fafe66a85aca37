/** Notifications page, shell badge and the stored dashboard messages; spread into en.ts as `notifications`. */
export const notificationsEn = {
  title: "Notifications",
  intro: "Messages about your account, payments and balance. The newest are at the top.",
  badgeLabel:
    "{count, plural, =0 {No unread notifications} one {# unread notification} other {# unread notifications}}",
  unreadCount: "{count, plural, =0 {All read} one {# unread} other {# unread}}",
  empty: "You have no notifications.",
  unread: "Unread",
  read: "Read",
  received: "Received {date}",
  markRead: "Mark as read",
  markReadContext: "“{title}”, received {date}",
  saving: "Saving…",
  markAllRead: "Mark all as read",
  markedRead: "The notification is marked as read.",
  allMarkedRead:
    "{count, plural, =0 {There were no unread notifications.} one {# notification marked as read.} other {# notifications marked as read.}}",
  notFound: "This notification does not exist or is not yours. Nothing was changed.",
  failed: "We could not save this right now. Please try again.",
  viewAll: "View all notifications",
  list: "Your notifications",
  items: {
    upgrade_done: {
      title: "Account upgraded",
      body: "Your account is now in the {group} group and {amount} was added to your balance.",
    },
    refill_done: {
      title: "Balance refilled",
      body: "{amount} was added to your balance.",
    },
    payment_failed: {
      title: "Payment failed",
      body: "Your payment of {amount} did not go through. {reason}",
    },
    billing_account_created: {
      title: "Billing account created",
      body: "A billing account was created for {email}. We sent the sign-in details to your email address.",
    },
    generic: {
      title: "Notification",
      body: "",
    },
  },
  newBalance: "New balance: {balance}",
  reasons: {
    declined: "The card was declined by the bank.",
    insufficient_funds: "There were not enough funds on the card or account.",
    authentication_failed: "The bank's verification (3-D Secure) was not completed.",
    cancelled: "The payment was cancelled.",
    provider_error: "The payment provider could not process it. Please try again later.",
  },
  groups: {
    trial: "Trial",
    billing: "Billing",
  },
};

/** Customer emails; spread into en.ts as `notificationEmails`. */
export const notificationEmailsEn = {
  greeting: "Hello {name},",
  greetingNoName: "Hello,",
  signature: "Your {hoster} team",
  supportEmail: "Questions? Write to {email}.",
  supportUrl: "Help and contact: {url}",
  why: "You receive this message because of a transaction on your {hoster} account. It is a service message, not a newsletter.",
  openPortal: "Open the {hoster} portal",
  amount: "Amount",
  newBalance: "New balance",
  accountGroup: "Account group",
  date: "Date",
  paymentReference: "Payment reference",
  reason: "Reason",
  upgrade_done: {
    subject: "Your {hoster} account has been upgraded",
    intro:
      "Thank you for your payment. Your account was converted from trial to {group}, and {amount} was added to your balance.",
  },
  refill_done: {
    subject: "Your {hoster} balance was refilled with {amount}",
    intro: "Thank you for your payment. {amount} was added to your balance.",
  },
  payment_failed: {
    subject: "Your payment of {amount} did not go through",
    intro: "We could not complete your payment of {amount}. No money was taken for this attempt.",
    next: "You can try again, or choose another payment method, in the portal.",
  },
  billing_account_created: {
    subject: "Your {hoster} billing account",
    intro:
      "We created a billing account for you, where you find your invoices and payments. Sign in with these details:",
    panel: "Billing panel",
    login: "Login",
    password: "Password",
    advice: "Please change this password after your first sign-in and do not forward this email.",
    openPanel: "Open the billing panel",
  },
};
