"""Personal mail: the candidate and his contacts (coffee, meetups, church, practice)."""

from __future__ import annotations

# How the candidate knows each contact; `place` and `when` fill the openers.
CONTEXTS = [
    ("meetup", "the Twin Cities Python meetup", "last Thursday"),
    ("meetup", "the DevOps Days happy hour", "last week"),
    ("meetup", "Minnebar", "on Saturday"),
    ("church", "church", "on Sunday"),
    ("church", "the men's breakfast at St. Mark's", "this morning"),
    ("church", "small group", "last night"),
    ("practice", "the girls' soccer practice", "on Tuesday"),
    ("practice", "the hockey rink", "this weekend"),
    ("practice", "the swim meet", "on Saturday"),
    ("former", "the Corvane alumni happy hour", "last week"),
    ("alumni", "the U of M alumni mixer", "last month"),
    ("neighbor", "the block party", "in August"),
]
OPENERS = [
    (
        "Coffee next week?",
        "Hey {cfirst},\n\nGreat seeing you at {place} {when}. As I mentioned, I was part of the "
        "layoff at {former} in August and I'm looking for my next role — senior/staff backend or "
        "platform work. Would you have 30 minutes for coffee sometime next week? I'd love to hear "
        "how things are going at {ccompany} and get your take on the market.",
    ),
    (
        "Catching up",
        "Hi {cfirst}, it's been a while — good to run into you at {place} {when}! I'm job "
        "hunting after the {former} layoffs and I'm "
        "trying to reconnect with people I respect. Any chance you'd have time for a coffee or a "
        "quick call? Happy to come to you.",
    ),
    (
        "Thanks for chatting Sunday",
        "{cfirst} — thanks for chatting after {place} {when}. You mentioned {ccompany} might be "
        "growing the engineering team next year. I'd really value 20 minutes of your advice on "
        "how to approach them. Lunch on me?",
    ),
    (
        "Good to see you at {place}",
        "Hi {cfirst},\n\nGood to see you at {place} {when}! I didn't get to ask properly: do you "
        "know anyone hiring senior engineers in town? I'm open to backend, platform or data "
        "infrastructure roles. Would love to buy you a coffee and pick your brain.",
    ),
    (
        "Advice?",
        "Hey {cfirst}, good to see you at {place} {when}. Since the layoff I've sent out a lot of "
        "applications with not much to show for it. You've hired a lot of engineers — could I "
        "get 30 minutes of your advice sometime?",
    ),
]
REPLIES_YES = [
    "Absolutely, happy to. How about {slot} at {cafe}?",
    "Sorry for the slow reply — crazy week. Yes, let's do it. {slot} at {cafe} work for you?",
    "Of course! So sorry to hear about {former}. I'm free {slot}; {cafe}?",
    "Hey Tom, would love to. Let's do {slot}. I'll meet you at {cafe}.",
    "Yes! Lunch is on me though. {slot} at {cafe}?",
]
MY_CONFIRM = [
    "Perfect, see you then.",
    "Sounds great — see you at {cafe}.",
    "Works for me. Thanks {cfirst}!",
]
MY_THANKS = [
    (
        "Thanks for the coffee",
        "{cfirst}, thanks again for the coffee this morning and for the honest advice on my "
        "resume. I'll follow up on the names you mentioned.",
    ),
    (
        "Great to catch up",
        "Really enjoyed catching up today. Thanks for offering to pass my name along — I've "
        "attached my resume in case it's useful.",
    ),
]
REFERRALS = [
    (
        "Referral for {role}",
        "Hey Tom,\n\nI put your name in for the {role} role on our team at {ccompany} — you "
        "should hear from our recruiter {rname} in the next few days. Let me know if you don't. "
        "Good luck!",
    ),
    (
        "Re: resume",
        "Tom — I submitted you through our referral portal for {role}. {ccompany} moves slowly "
        "but referrals do get looked at first. Ping me if it stalls.",
    ),
]
INTROS = [
    (
        "Intro: Tom <> {mfirst}",
        "{mfirst}, meet Tom — we know each other from {place}. Tom is a senior backend engineer "
        "(ex-{former}) and exactly the kind of person you said you were looking for for the {role} "
        "opening at {ccompany}.\n\nTom, meet {mfirst}, who leads the {team} team at {ccompany}. "
        "I'll "
        "let you two take it from here!",
    ),
]
MANAGER_REPLY = [
    "Thanks for the intro, {cfirst} (moving you to bcc). Tom, great to meet you. Would you have "
    "time for a conversation about the {role} role {days}?",
    "Tom, nice to e-meet you! {cfirst} speaks very highly of you. Let's find 45 minutes to talk "
    "about {ccompany} and the {role} opening. Are you free {days}?",
]
NO_LEADS = [
    "Great talking today. I asked around and nobody on my side is hiring right now, but I'll "
    "keep my ears open. Hang in there!",
    "Hey Tom, I checked with our engineering director — they're in a hiring freeze until Q2. "
    "I'll let you know the minute that changes.",
    "Thanks for reaching out. I don't know of anything open at the moment, but I'd suggest "
    "talking to {other}. I'll send an intro if you want.",
]
ANNOUNCE = [
    (
        "Some news",
        "Hi {cfirst},\n\nI wanted to let you know I've accepted a role as a {role} at {client}, "
        "starting at the end of the month. Thank you for the coffee, the advice and the "
        "encouragement these last months — it meant a lot.",
    ),
]
CONGRATS = [
    "That's fantastic news, Tom! Congratulations — {client} is lucky to have you.",
    "So happy for you!! Let's celebrate after practice.",
    "Congrats Tom! Well deserved. Keep in touch.",
]
CAFES = [
    "Spyhouse",
    "Dogwood",
    "Caribou on Lake St",
    "the Bryant Lake Bowl",
    "Peace Coffee",
    "Quixotic",
    "Five Watt",
    "Panera in Edina",
]
